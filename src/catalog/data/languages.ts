import type { Technology } from '../catalog.js';
import { tech } from './define-technology.js';

export const LANGUAGES: readonly Technology[] = [
  tech('python', 'Python', 'language', ['backend-language'], {
    aliases: ['Python 3', 'CPython'],
    version: '3.12',
    min: '3.11',
    traits: ['ai-ecosystem', 'async', 'data-ecosystem', 'gradual-typing', 'productive'],
    description: 'General-purpose language with the richest AI, ML and data ecosystem; asyncio for I/O-bound services.',
  }),
  tech('typescript', 'TypeScript', 'language', ['backend-language', 'web-frontend'], {
    aliases: ['TS'],
    caseSensitive: ['TS'],
    version: '5.9',
    min: '5.4',
    traits: ['static-typing', 'async', 'full-stack', 'node'],
    description: 'Typed JavaScript; one language across browser and server, with types shared between them.',
  }),
  tech('javascript', 'JavaScript', 'language', ['backend-language', 'web-frontend'], {
    aliases: ['JS', 'ECMAScript'],
    caseSensitive: ['JS'],
    version: 'ES2024',
    traits: ['async', 'full-stack', 'node', 'dynamic-typing'],
    description: 'The language of the browser and of Node.js; untyped, so larger codebases prefer TypeScript.',
  }),
  tech('nodejs', 'Node.js', 'platform', ['backend-language'], {
    aliases: ['Node', 'NodeJS', 'Node JS'],
    caseSensitive: ['Node'],
    version: '22',
    min: '20',
    traits: ['async', 'event-loop', 'runtime'],
    description: 'JavaScript runtime for servers, with a non-blocking event loop suited to I/O-heavy APIs.',
  }),
  tech('csharp', 'C#', 'language', ['backend-language', 'desktop-frontend', 'mobile-frontend'], {
    aliases: ['.NET', 'dotnet', 'CSharp', 'C Sharp'],
    version: '13',
    min: '12',
    traits: ['static-typing', 'async', 'enterprise', 'windows-desktop', 'high-throughput'],
    description: 'Statically typed language of the .NET platform: web APIs, Windows desktop and cross-platform mobile in one stack.',
  }),
  tech('java', 'Java', 'language', ['backend-language'], {
    aliases: ['JVM', 'OpenJDK'],
    version: '21',
    min: '17',
    traits: ['static-typing', 'enterprise', 'high-throughput'],
    description: 'Statically typed JVM language with a mature enterprise ecosystem.',
  }),
  tech('kotlin', 'Kotlin', 'language', ['backend-language', 'mobile-frontend'], {
    version: '2.1',
    min: '2.0',
    traits: ['static-typing', 'android', 'jvm'],
    description: 'Concise JVM language; the default for native Android apps.',
  }),
  tech('go', 'Go', 'language', ['backend-language'], {
    aliases: ['Golang'],
    caseSensitive: ['Go'],
    version: '1.23',
    min: '1.22',
    traits: ['static-typing', 'high-throughput', 'small-binaries', 'concurrency'],
    description: 'Compiled language with cheap concurrency; small static binaries for infrastructure services.',
  }),
  tech('rust', 'Rust', 'language', ['backend-language'], {
    version: '1.83',
    min: '1.80',
    traits: ['static-typing', 'high-throughput', 'memory-safe', 'steep-learning-curve'],
    description: 'Memory-safe systems language with predictable latency; slower to write than managed languages.',
  }),
  tech('php', 'PHP', 'language', ['backend-language'], {
    version: '8.3',
    min: '8.2',
    traits: ['dynamic-typing', 'web'],
    description: 'Web-first scripting language behind Laravel and Symfony.',
  }),
  tech('ruby', 'Ruby', 'language', ['backend-language'], {
    version: '3.3',
    min: '3.2',
    traits: ['dynamic-typing', 'productive'],
    description: 'Dynamic language behind Ruby on Rails.',
  }),
  tech('dart', 'Dart', 'language', ['mobile-frontend'], {
    version: '3.6',
    min: '3.4',
    traits: ['static-typing', 'cross-platform'],
    description: 'Language of Flutter.',
  }),
  tech('swift', 'Swift', 'language', ['mobile-frontend'], {
    version: '6.0',
    min: '5.10',
    traits: ['static-typing', 'ios'],
    description: 'Language of native iOS apps.',
  }),
];
