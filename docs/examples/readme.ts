import { DecodeError, Report, Rules, Validator } from 'claimgraph'
import * as fixtures from 'claimgraph/fixtures'
import * as E from 'fp-ts/Either'

const json: unknown = JSON.parse(JSON.stringify(Report.encode(fixtures.report))) // or your own

const result = Report.decode(json)
if (E.isLeft(result)) console.error(DecodeError.toTree(result.left))
else console.log(Validator.toText(Rules.standard(result.right)))
