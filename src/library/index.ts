export { LibraryStorageError, type StorageFailure } from './errors';
export { idbStore, type KeyValueStore, memoryStore } from './keyValueStore';
export {
  createLibrary,
  LEGACY_KEY,
  type Library,
  type LibraryEntry,
  type LibraryRecord,
  newMapId,
} from './library';
