import type { Technology } from '../catalog.js';
import { tech } from './define-technology.js';

export const MESSAGING_AND_JOBS: readonly Technology[] = [
  tech('rabbitmq', 'RabbitMQ', 'message-broker', ['messaging'], {
    aliases: ['AMQP', 'Amazon MQ'],
    version: '4.0',
    min: '3.13',
    traits: ['queues', 'routing', 'dead-letter', 'self-hostable', 'managed'],
    description: 'Message broker with flexible routing, acknowledgements and dead-letter queues.',
  }),
  tech('kafka', 'Apache Kafka', 'message-broker', ['messaging', 'analytics'], {
    aliases: ['Kafka', 'MSK', 'Redpanda'],
    version: '3.9',
    min: '3.7',
    traits: ['log', 'replay', 'high-throughput', 'partitioned', 'self-hostable', 'managed', 'heavy-operations'],
    description: 'Partitioned, replayable event log for high-volume event streams between services.',
  }),
  tech('nats', 'NATS', 'message-broker', ['messaging'], {
    aliases: ['NATS JetStream', 'JetStream'],
    caseSensitive: ['NATS'],
    version: '2.10',
    traits: ['lightweight', 'pub-sub', 'replay', 'self-hostable'],
    description: 'Lightweight messaging with JetStream persistence.',
  }),
  tech('redis-streams', 'Redis Streams', 'message-broker', ['messaging'], {
    aliases: ['Redis Pub/Sub'],
    version: '7.4',
    min: '7.2',
    traits: ['lightweight', 'consumer-groups', 'reuses-cache'],
    description: 'Append-only streams with consumer groups inside Redis; no extra broker to run.',
  }),
  tech('sqs', 'Amazon SQS', 'message-broker', ['messaging'], {
    aliases: ['SQS', 'SNS'],
    version: 'n/a',
    traits: ['managed', 'queues', 'cloud'],
    description: 'Managed queue service on AWS.',
  }),
  tech('celery', 'Celery', 'job-queue', ['background-jobs'], {
    language: 'python',
    version: '5.4',
    traits: ['retries', 'scheduling', 'workflows', 'redis-backed'],
    description: 'Distributed Python task queue with retries, schedules (beat) and chained workflows.',
  }),
  tech('rq', 'RQ', 'job-queue', ['background-jobs'], {
    language: 'python',
    aliases: ['Redis Queue'],
    caseSensitive: ['RQ'],
    version: '2.0',
    traits: ['retries', 'lightweight', 'redis-backed'],
    description: 'Simple Redis-backed Python job queue.',
  }),
  tech('arq', 'arq', 'job-queue', ['background-jobs'], {
    language: 'python',
    caseSensitive: ['arq'],
    version: '0.26',
    traits: ['async', 'retries', 'redis-backed'],
    description: 'Async Redis-backed job queue for asyncio services.',
  }),
  tech('bullmq', 'BullMQ', 'job-queue', ['background-jobs'], {
    language: 'typescript',
    aliases: ['Bull'],
    caseSensitive: ['Bull'],
    version: '5',
    traits: ['retries', 'scheduling', 'flows', 'redis-backed'],
    description: 'Redis-backed Node.js job queue with retries, repeatable jobs and parent/child flows.',
  }),
  tech('hangfire', 'Hangfire', 'job-queue', ['background-jobs'], {
    language: 'csharp',
    version: '1.8',
    traits: ['retries', 'scheduling', 'database-backed'],
    description: '.NET background jobs with recurring schedules, stored in the application database.',
  }),
  tech('quartz', 'Quartz', 'job-queue', ['background-jobs'], {
    language: 'java',
    caseSensitive: ['Quartz'],
    version: '2.5',
    traits: ['scheduling'],
    description: 'Java job scheduler.',
  }),
  tech('temporal', 'Temporal', 'job-queue', ['background-jobs'], {
    caseSensitive: ['Temporal'],
    version: '1.25',
    traits: ['workflows', 'compensation', 'durable-execution', 'heavy-operations'],
    description: 'Durable workflow engine with sagas and compensation.',
  }),
];
