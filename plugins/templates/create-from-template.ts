// "Create" in the gallery: the scorecard, its policy documents and a dataset of sample records, as
// three kinds of workspace documents. The dataset is written through an import sink (all or nothing)
// and last, so it is the newest dataset when the scorecard editor picks one to show results for.
import { resolveLocalized, type Locale } from '../../src/core/localized-text.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { instantiateTemplate, type ScorecardTemplate } from '../../src/core/templates/index.ts';
import type { WorkspaceService } from '../../src/workbench/api.ts';

const WRITE_BATCH = 5_000;

export interface CreatedFromTemplate {
  scorecardId: string;
  policyIds: string[];
  datasetId: string;
}

export interface CreateOptions {
  name: string;
  count: number;
  locale: Locale;
  /** Texts of the documents made next to the scorecard (already translated). */
  datasetName: string;
}

export async function createFromTemplate(workspace: WorkspaceService, template: ScorecardTemplate, options: CreateOptions): Promise<CreatedFromTemplate> {
  const { scorecard, policyDocuments, records } = instantiateTemplate(template, { count: options.count });
  // A name left as the template's keeps both languages; a name the user typed is the name.
  const keptName = options.name === resolveLocalized(template.name, options.locale);
  const config: ScorecardConfig = { ...scorecard, id: `sc-${Date.now().toString(36)}`, name: keptName ? template.name : options.name };
  const doc = await workspace.createDocument<ScorecardConfig>('scorecard', options.name, config);
  const policyIds: string[] = [];
  for (const policy of policyDocuments) {
    const name = resolveLocalized(policy.name, options.locale) || options.name;
    policyIds.push((await workspace.createDocument<PolicyDocument>('policy', name, policy)).id);
  }
  const sink = workspace.beginImport(undefined, options.datasetName);
  try {
    for (let i = 0; i < records.length; i += WRITE_BATCH) await sink.write(records.slice(i, i + WRITE_BATCH));
    const dataset = await sink.commit({ fields: config.fields, source: { fileName: options.datasetName, importedAt: Date.now() } });
    return { scorecardId: doc.id, policyIds, datasetId: dataset.id };
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
