import fs from 'node:fs'
import path from 'node:path'

const MEMORY_FILESYSTEM = '/dev/shm'

/**
 * A directory in memory (Linux's /dev/shm) for this run's throwaway databases, or null where
 * there is none. On a disk every SQLite commit waits for its fsync; the tests need no durability.
 */
export const memoryBackedTmpdir = (): string | null => {
  try {
    fs.accessSync(MEMORY_FILESYSTEM, fs.constants.W_OK)
    return fs.mkdtempSync(path.join(MEMORY_FILESYSTEM, 'medreview-run-'))
  } catch {
    return null
  }
}
