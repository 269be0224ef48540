/**
 * What features register with the core, by name, in registration order. Registering a name again
 * (the config loaded by another Payload instance in the same process) replaces it: never twice.
 */
export const keyedRegistry = <Entry>() => {
  const entries = new Map<string, Entry>()
  return {
    register: (name: string, entry: Entry): void => {
      entries.set(name, entry)
    },
    entries: (): Entry[] => [...entries.values()],
  }
}
