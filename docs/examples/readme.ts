import { DecodeError, Report, Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/lib/Either.js'

const text = JSON.stringify(Report.encode(fixtures.report)) // or your own JSON: a file, an API, a model's output

const result = Report.fromJson(text)
if (E.isLeft(result)) console.error(DecodeError.toTree(result.left))
else console.log(Validator.toText(Rules.standard(result.right)))
