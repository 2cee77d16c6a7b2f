import { describe, expect, it, vi } from 'vitest';
import { I18nService, format } from '../../../src/platform/i18n/i18n-service.ts';

function service(): I18nService {
  const i18n = new I18nService();
  i18n.registerCatalog('en', {
    'test.hello': 'Hello',
    'test.greet': 'Hello, {name}!',
    'test.count': '{0} of {1}',
    'test.onlyEn': 'English only',
  });
  i18n.registerCatalog('zh-CN', {
    'test.hello': '你好',
    'test.greet': '你好，{name}！',
    'test.count': '{1} 中的 {0}',
  });
  return i18n;
}

describe('I18nService.t', () => {
  it('translates in the active locale', () => {
    const i18n = service();
    expect(i18n.locale).toBe('en');
    expect(i18n.t('test.hello')).toBe('Hello');
    i18n.setLocale('zh-CN');
    expect(i18n.t('test.hello')).toBe('你好');
  });

  it('fills positional placeholders from an array', () => {
    const i18n = service();
    expect(i18n.t('test.count', [3, 10])).toBe('3 of 10');
    i18n.setLocale('zh-CN');
    expect(i18n.t('test.count', ['a', 'b'])).toBe('b 中的 a');
  });

  it('fills named placeholders from an object', () => {
    const i18n = service();
    expect(i18n.t('test.greet', { name: 'Ada' })).toBe('Hello, Ada!');
    i18n.setLocale('zh-CN');
    expect(i18n.t('test.greet', { name: '张三' })).toBe('你好，张三！');
  });

  it('leaves placeholders without a value as written', () => {
    const i18n = service();
    expect(i18n.t('test.greet', {})).toBe('Hello, {name}!');
    expect(i18n.t('test.count', [1])).toBe('1 of {1}');
  });

  it('formats zero and empty strings (not treated as missing)', () => {
    const i18n = service();
    expect(i18n.t('test.count', [0, ''])).toBe('0 of ');
  });

  it('falls back to English when the active locale lacks the key', () => {
    const i18n = service();
    i18n.setLocale('zh-CN');
    expect(i18n.t('test.onlyEn')).toBe('English only');
  });

  it('falls back to the key itself when no catalog has it, and still formats it', () => {
    const i18n = service();
    expect(i18n.t('test.unknown')).toBe('test.unknown');
    expect(i18n.t('test.{0}', ['x'])).toBe('test.x');
  });

  it('lets later catalogs override earlier ones, and disposing the later restores the earlier', () => {
    const i18n = service();
    const override = i18n.registerCatalog('en', { 'test.hello': 'Hi' });
    expect(i18n.t('test.hello')).toBe('Hi');
    expect(i18n.t('test.greet', { name: 'x' })).toBe('Hello, x!');
    override.dispose();
    expect(i18n.t('test.hello')).toBe('Hello');
  });

  it('has() checks the active (or given) locale only', () => {
    const i18n = service();
    expect(i18n.has('test.onlyEn')).toBe(true);
    expect(i18n.has('test.onlyEn', 'zh-CN')).toBe(false);
    expect(i18n.has('test.nope')).toBe(false);
  });
});

describe('I18nService.setLocale', () => {
  it('fires onDidChangeLocale when the locale changes, not when it stays', () => {
    const i18n = service();
    const seen: string[] = [];
    i18n.onDidChangeLocale((l) => seen.push(l));
    i18n.setLocale('zh-CN');
    i18n.setLocale('zh-CN');
    i18n.setLocale('en');
    expect(seen).toEqual(['zh-CN', 'en']);
  });

  it('rejects an unsupported locale and keeps the current one', () => {
    const i18n = service();
    const listener = vi.fn();
    i18n.onDidChangeLocale(listener);
    expect(() => i18n.setLocale('fr')).toThrow(/fr/);
    expect(() => i18n.setLocale('zh')).toThrow();
    expect(() => i18n.setLocale('')).toThrow();
    expect(i18n.locale).toBe('en');
    expect(listener).not.toHaveBeenCalled();
  });

  it('accepts an initial locale', () => {
    const i18n = new I18nService('zh-CN');
    i18n.registerCatalog('zh-CN', { 'k.a': '甲' });
    expect(i18n.locale).toBe('zh-CN');
    expect(i18n.t('k.a')).toBe('甲');
  });
});

describe('I18nService.text', () => {
  it('picks the active locale from a localized object, falling back to English', () => {
    const i18n = service();
    const text = { en: 'Quality', 'zh-CN': '质量' };
    expect(i18n.text(text)).toBe('Quality');
    i18n.setLocale('zh-CN');
    expect(i18n.text(text)).toBe('质量');
    expect(i18n.text({ en: 'Only English' })).toBe('Only English');
  });

  it('falls back to any given language when English is missing', () => {
    const i18n = service();
    expect(i18n.text({ 'zh-CN': '仅中文' })).toBe('仅中文');
  });

  it('translates a string that is a catalog key, with English fallback', () => {
    const i18n = service();
    i18n.setLocale('zh-CN');
    expect(i18n.text('test.hello')).toBe('你好');
    expect(i18n.text('test.onlyEn')).toBe('English only');
  });

  it('shows any other string as written, and undefined as empty', () => {
    const i18n = service();
    expect(i18n.text('Just a label')).toBe('Just a label');
    expect(i18n.text('test.notAKey')).toBe('test.notAKey');
    expect(i18n.text(undefined)).toBe('');
  });
});

describe('I18nService catalogs', () => {
  it('fires onDidChangeCatalogs on register and on dispose', () => {
    const i18n = new I18nService();
    const listener = vi.fn();
    i18n.onDidChangeCatalogs(listener);
    const d = i18n.registerCatalog('en', { 'a.b': 'x' });
    expect(listener).toHaveBeenCalledTimes(1);
    d.dispose();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('disposing a catalog removes its keys', () => {
    const i18n = new I18nService();
    const d = i18n.registerCatalog('en', { 'plugin.x': 'Plugin X' });
    expect(i18n.t('plugin.x')).toBe('Plugin X');
    expect(i18n.keys('en').has('plugin.x')).toBe(true);
    d.dispose();
    expect(i18n.t('plugin.x')).toBe('plugin.x');
    expect(i18n.keys('en').has('plugin.x')).toBe(false);
  });

  it('disposing one catalog leaves the others, even with equal content', () => {
    const i18n = new I18nService();
    i18n.registerCatalog('en', { 'a.k': 'A' });
    const b = i18n.registerCatalog('en', { 'a.k': 'A' });
    b.dispose();
    expect(i18n.t('a.k')).toBe('A');
  });

  it('keys() lists the keys of every catalog of a locale', () => {
    const i18n = service();
    expect([...i18n.keys('zh-CN')].sort()).toEqual(['test.count', 'test.greet', 'test.hello']);
    expect(i18n.keys('en').size).toBe(4);
  });

  it('catalogs are per locale: an en override does not affect zh-CN', () => {
    const i18n = service();
    i18n.registerCatalog('en', { 'test.hello': 'Hi' });
    i18n.setLocale('zh-CN');
    expect(i18n.t('test.hello')).toBe('你好');
  });
});

describe('format', () => {
  it('replaces word placeholders and ignores other braces', () => {
    expect(format('{a} {b} {a}', { a: 1, b: 'two' })).toBe('1 two 1');
    expect(format('{ a } {a-b} {}', { a: 1 })).toBe('{ a } {a-b} {}');
  });

  it('does not treat an array index out of range as a value', () => {
    expect(format('{0}{1}{2}', ['x'])).toBe('x{1}{2}');
  });
});
