#!/usr/bin/env node
import { source } from '../fixtures/source.js'

const [headline = ''] = source.split('\n')
process.stdout.write(`claimgraph: seed report "${headline}" (${source.length} characters)\n`)
