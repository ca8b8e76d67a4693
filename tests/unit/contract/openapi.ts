// docs/openapi.yaml as JSON Schema 2020-12 validators (OpenAPI 3.1 schemas are exactly that),
// so tests can check any answer against the operation and status it belongs to.
import { readFileSync } from 'node:fs'

import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsPlugin from 'ajv-formats'
import { parse } from 'yaml'

type Json = Record<string, unknown>
type Method = 'get' | 'put'

const DOC_ID = 'https://roster.invalid/openapi.json'

export const openapi = parse(readFileSync('docs/openapi.yaml', 'utf8')) as Json

// ajv-formats ships as CommonJS with its function on `default`.
const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default
  ?? addFormatsPlugin
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
// The document itself is not a schema: its `components` holds them, reached by $ref.
ajv.addVocabulary(['components'])
ajv.addSchema({ $id: DOC_ID, components: openapi.components })

function resolve(node: Json): Json {
  const ref = node.$ref
  if (typeof ref !== 'string') return node

  return ref.slice(2).split('/').reduce<Json>((at, key) => at[key] as Json, openapi)
}

const cache = new Map<string, ValidateFunction>()

/** The validator of `schema`, a schema inside the document (refs resolve against it). */
export function validatorFor(schema: Json): ValidateFunction {
  const ref = typeof schema.$ref === 'string' ? `${DOC_ID}${schema.$ref}` : null
  const key = ref ?? JSON.stringify(schema)
  let validate = cache.get(key)
  if (!validate) {
    validate = ajv.compile(ref ? { $ref: ref } : schema)
    cache.set(key, validate)
  }

  return validate
}

/** The named schema under components/schemas. */
export function schemaNamed(name: string): ValidateFunction {
  return validatorFor({ $ref: `#/components/schemas/${name}` })
}

/**
 * Problems of an answer against the document, empty when it conforms: the status must be one
 * the operation lists (only 5xx may fall to `default`) and the body must match its schema.
 */
export function contractProblems(method: Method, path: string, status: number, body: unknown) {
  const operation = ((openapi.paths as Json)[path] as Json | undefined)?.[method] as Json | undefined
  if (!operation) return [`${method.toUpperCase()} ${path} is not in the document`]

  const responses = operation.responses as Json
  const listed = responses[String(status)] as Json | undefined
  if (!listed && status < 500) return [`status ${status} is not documented for ${method} ${path}`]

  const response = resolve(listed ?? responses.default as Json)
  const content = response.content as Json | undefined
  const schema = (content?.['application/json'] as Json | undefined)?.schema as Json | undefined
  if (!schema) return [`no JSON schema for ${status} of ${method} ${path}`]

  const validate = validatorFor(schema)
  if (validate(body)) return []

  return (validate.errors ?? []).map(error => `${error.instancePath || '/'} ${error.message}`)
}
