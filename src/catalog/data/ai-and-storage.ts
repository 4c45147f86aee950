import type { Technology } from '../catalog.js';
import { tech } from './define-technology.js';

export const AI_AND_STORAGE: readonly Technology[] = [
  tech('qdrant', 'Qdrant', 'vector-store', ['vector-store'], {
    version: '1.12',
    min: '1.10',
    traits: ['vector', 'payload-filters', 'self-hostable', 'managed'],
    description: 'Vector database with payload filtering, suited to tenant- and project-scoped semantic search.',
  }),
  tech('pgvector', 'pgvector', 'vector-store', ['vector-store'], {
    version: '0.8',
    min: '0.7',
    traits: ['vector', 'no-extra-infrastructure', 'transactional', 'rls'],
    description: 'Vector similarity inside PostgreSQL; the same row-level security applies to embeddings.',
  }),
  tech('pinecone', 'Pinecone', 'vector-store', ['vector-store'], {
    caseSensitive: ['Pinecone'],
    version: 'serverless',
    traits: ['vector', 'managed', 'namespaces'],
    description: 'Fully managed serverless vector database.',
  }),
  tech('weaviate', 'Weaviate', 'vector-store', ['vector-store'], {
    version: '1.28',
    traits: ['vector', 'hybrid-search', 'self-hostable', 'managed', 'multi-tenancy'],
    description: 'Vector database with hybrid search and native multi-tenancy.',
  }),
  tech('minio', 'MinIO', 'object-storage', ['object-storage'], {
    version: '2024',
    traits: ['s3-compatible', 'self-hostable', 'on-premise', 'lifecycle-policies', 'object-lock'],
    description: 'S3-compatible object storage that runs on your own servers.',
  }),
  tech('s3', 'Amazon S3', 'object-storage', ['object-storage'], {
    aliases: ['S3', 'AWS S3'],
    version: 'n/a',
    traits: ['s3-compatible', 'managed', 'lifecycle-policies', 'object-lock', 'cloud'],
    description: 'Managed object storage with lifecycle policies and eleven nines of durability.',
  }),
  tech('azure-blob', 'Azure Blob Storage', 'object-storage', ['object-storage'], {
    aliases: ['Azure Blob', 'Blob Storage'],
    version: 'n/a',
    traits: ['managed', 'lifecycle-policies', 'cloud'],
    description: 'Managed object storage on Azure.',
  }),
  tech('gcs', 'Google Cloud Storage', 'object-storage', ['object-storage'], {
    aliases: ['GCS'],
    version: 'n/a',
    traits: ['managed', 'lifecycle-policies', 'cloud'],
    description: 'Managed object storage on Google Cloud.',
  }),
  tech('clickhouse', 'ClickHouse', 'analytics-store', ['analytics'], {
    version: '24.12',
    min: '24.3',
    traits: ['columnar', 'olap', 'self-hostable', 'managed', 'high-ingest'],
    description: 'Columnar OLAP database for fast aggregations over billions of events.',
  }),
  tech('bigquery', 'BigQuery', 'analytics-store', ['analytics'], {
    version: 'n/a',
    traits: ['columnar', 'olap', 'managed', 'serverless', 'cloud'],
    description: 'Serverless managed data warehouse on Google Cloud.',
  }),
  tech('timescaledb', 'TimescaleDB', 'analytics-store', ['analytics'], {
    aliases: ['Timescale'],
    version: '2.17',
    traits: ['time-series', 'postgres-extension', 'self-hostable'],
    description: 'Time-series extension of PostgreSQL with continuous aggregates.',
  }),
  tech('openai', 'OpenAI', 'llm-provider', ['ai-integration'], {
    aliases: ['GPT', 'ChatGPT', 'GPT-4'],
    version: 'v1',
    traits: ['llm', 'embeddings', 'streaming', 'tool-calling'],
    description: 'Hosted LLM and embedding APIs.',
  }),
  tech('anthropic', 'Anthropic', 'llm-provider', ['ai-integration'], {
    aliases: ['Claude'],
    caseSensitive: ['Anthropic', 'Claude'],
    version: 'v1',
    traits: ['llm', 'streaming', 'tool-calling'],
    description: 'Hosted Claude models.',
  }),
  tech('ollama', 'Ollama', 'llm-provider', ['ai-integration'], {
    version: '0.5',
    traits: ['llm', 'embeddings', 'self-hostable'],
    description: 'Runs open-weight models on your own hardware.',
  }),
  tech('mcp', 'Model Context Protocol', 'protocol', ['ai-integration'], {
    aliases: ['MCP'],
    caseSensitive: ['MCP'],
    version: '2025-06-18',
    traits: ['tools'],
    description: 'Open protocol through which agents call tool servers.',
  }),
];
