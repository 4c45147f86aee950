import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/review/scan/scan-repository.js';
import { writeRepo } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('infrastructure files', () => {
  it('are told by name and content, and no source file is taken for one', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n';
    const root = writeRepo({
      'Dockerfile': 'FROM node:20\n',
      'Dockerfile.dev': 'FROM node:20\n',
      'docker/api.Dockerfile': 'FROM node:20\n',
      'Containerfile': 'FROM node:20\n',
      'Dockerfile.ts': 'export const image = "node:20";\n',
      'compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
      'infra/main.tf': 'resource "null_resource" "x" {}\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'Jenkinsfile': 'pipeline {}\n',
      'chart/Chart.yaml': 'name: api\n',
      'serverless.yml': 'service: api\n',
      'k8s/api.yaml': deployment,
      'k8s/notes.yaml': 'title: not a manifest\n',
      'src/compose.ts': 'export const compose = 1;\n',
      'src/deployment.yaml.ts': `export const manifest = ${JSON.stringify(deployment)};\n`,
      'scripts/deploy.sh': 'kubectl apply -f k8s/\n',
      'src/main.tf.py': 'print("hello")\n',
    });
    roots.push(root);
    const found = scanRepository(root).infrastructure.map((i) => `${i.kind} ${i.path}`).sort();
    expect(found).toEqual([
      '.github/workflows/ci.yml', 'Jenkinsfile',
    ].map((p) => `ci ${p}`).concat([
      'compose compose.yaml',
      'dockerfile Containerfile', 'dockerfile Dockerfile', 'dockerfile Dockerfile.dev', 'dockerfile Dockerfile.ts', 'dockerfile docker/api.Dockerfile',
      'helm chart/Chart.yaml',
      'kubernetes k8s/api.yaml',
      'serverless serverless.yml',
      'terraform infra/main.tf',
    ]).sort());
  });
});
