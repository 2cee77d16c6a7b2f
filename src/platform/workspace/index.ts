// The public surface of the workspace store. Build it with openWorkspace(); everything else a
// caller needs is the contract in workspace-api.ts.
export * from './workspace-api.ts';
export { DEFAULT_WORKSPACE_NAME, createMemoryWorkspace, openWorkspace, type OpenWorkspaceOptions } from './open-workspace.ts';
export { createBroadcastChannel, channelName, MemoryChannelHub, type ChannelMessage, type ChangeNotice, type WorkspaceChannel } from './workspace-channel.ts';
export { AUTO_SNAPSHOT_EVERY, AUTO_SNAPSHOT_IDLE_MS, AUTO_VERSIONS_KEPT } from './document-store.ts';
export { MAX_SAVE_DELAY_MS, MAX_UNDO_STEPS, SAVE_DELAY_MS, type StorageManagerLike } from './workspace-service.ts';
export { BackupValidationError, validateBackup } from './backup-validation.ts';
export { WORKSPACE_DB_VERSION } from './workspace-migrations.ts';
export { DEFAULT_STALE_IMPORT_MS, type LockManagerLike } from './import-liveness.ts';
export { diffJson, applyPatch, mergeThreeWay, type JsonPatchOp } from './json-patch.ts';
