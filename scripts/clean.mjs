#!/usr/bin/env node
// Removes build output, so dist/types holds no declaration of a deleted module.
import { rmSync } from 'node:fs';

for (const path of ['dist', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
