// Fails when a bundle grows past its budget (sizes from bench/bundle.mjs, in bytes): the size measured when the budget was set,
// plus 10%. CI runs it (`npm run budget`, after the build). To set new budgets after a
// deliberate change: `node bench/budget.mjs --update`.
import { readFileSync, writeFileSync } from 'node:fs'
import { bundleSizes } from './bundle.mjs'

const file = new URL('./budget.json', import.meta.url)
const sizes = await bundleSizes()
if (process.argv.includes('--update')) {
  const budget = Object.fromEntries(
    Object.entries(sizes).map(([k, v]) => [k, { measured: v, budget: Math.ceil(v * 1.1) }]),
  )
  writeFileSync(file, `${JSON.stringify(budget, null, 2)}\n`)
  console.log('budgets set')
} else {
  const budget = JSON.parse(readFileSync(file, 'utf8'))
  let over = 0
  for (const [name, bytes] of Object.entries(sizes)) {
    const limit = budget[name]?.budget
    const ok = limit !== undefined && bytes <= limit
    if (!ok) over++
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${bytes} B (budget ${limit ?? 'none'} B)`)
  }
  if (over > 0) {
    console.log(`${over} bundle${over === 1 ? '' : 's'} over budget`)
    process.exitCode = 1
  }
}
