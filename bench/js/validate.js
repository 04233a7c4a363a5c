'use strict'
// The JavaScript Frictionless validator (npm "tableschema") on an open-data budget CSV, for the
// opendata-validate benchmark (see bench/README.md). Reads the file as a stream, casts every row against
// the Table Schema (types, required, minimum, enum, primary key), counts the rows and the errors, and
// prints one JSON line: rows, error rows, errors by message, seconds and the resident memory at the end
// (the benchmark samples the peak itself: on Linux getrusage's maxRSS starts from the parent JVM's).
//
//   node bench/js/validate.js target/bench-opendata/budget-1000000.csv target/bench-opendata/schema.json
const fs = require('fs')
const { Table } = require('tableschema')

async function main () {
  const [file, schemaPath] = process.argv.slice(2)
  if (!file || !schemaPath) {
    console.error('usage: node validate.js FILE.csv SCHEMA.json')
    process.exit(2)
  }
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'))
  const started = process.hrtime.bigint()
  const table = await Table.load(file, { schema })
  const stream = await table.iter({ stream: true, forceCast: true, extended: true })
  let rows = 0
  let errorRows = 0
  let errors = 0
  const byMessage = new Map()
  stream.on('data', (row) => {
    rows++
    if (row instanceof Error) {
      errorRows++
      const list = row.errors && row.errors.length ? row.errors : [row]
      errors += list.length
      for (const error of list) {
        const key = String(error.message).replace(/[0-9]+/g, 'N').slice(0, 100)
        byMessage.set(key, (byMessage.get(key) || 0) + 1)
      }
    }
  })
  await new Promise((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  console.log(JSON.stringify({
    rows,
    errorRows,
    errors,
    seconds,
    rssKbAtEnd: Math.round(process.memoryUsage().rss / 1024),
    node: process.version,
    errorTypes: Object.fromEntries(byMessage)
  }))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
