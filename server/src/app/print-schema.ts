import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildAppSchema, printAppSchema } from './schema.js';

const target = resolve(import.meta.dirname, '../../schema.graphql');
await writeFile(target, printAppSchema(await buildAppSchema()));
process.stdout.write(`wrote ${target}\n`);
