/** A V8 CPU profile (inspector `Profiler.stop` or a `--cpu-prof` file), reduced to what is summed. */
export type CpuProfile = {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    hitCount?: number
  }[]
}

const packageOf = (url: string) => {
  const match = url.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (match) return match[1]
  if (url.includes('/src/') || url.includes('/.next/server/app/')) return 'this project'
  if (url.startsWith('node:') || !url) return 'node internals / GC / native'
  return url.replace(/.*\/\.next\//, '.next/')
}

/** Self time grouped by package, then the top functions, as printable text. */
export const summarizeProfile = (profile: CpuProfile, title: string): string => {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
  const byPackage = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0
    const pkg = packageOf(node.callFrame.url)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits)
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*node_modules\//, '')}:${node.callFrame.lineNumber}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits)
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n')
  return `\nself time by package (${title}):\n${top(byPackage, 15)}\n\ntop functions:\n${top(byFunction, 25)}`
}
