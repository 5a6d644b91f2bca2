// ajv (draft 2020-12, all errors) on one catalog: node ajv-validate.js AJV_DIR SCHEMA FILE
const path = require('path');
const fs = require('fs');
const dir = path.resolve(process.argv[2]);
const Ajv2020 = require(path.join(dir, 'node_modules/ajv/dist/2020'));
const addFormats = require(path.join(dir, 'node_modules/ajv-formats'));
const t0 = Date.now();
const ajv = new Ajv2020({allErrors: true, strict: false});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
const doc = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const ok = validate(doc);
console.log('valid', ok, 'errors', ok ? 0 : validate.errors.length, 'ms', Date.now() - t0);
