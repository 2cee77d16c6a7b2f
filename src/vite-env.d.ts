/** True in the e2e build, which also bundles test/fixtures/plugins. */
declare const __TEST_PLUGINS__: boolean;
