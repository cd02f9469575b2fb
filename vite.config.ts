/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { coursePlugin } from './scripts/vite-plugin-course.ts';

export default defineConfig({
  // Unit tests compile the course themselves (and report its errors as failures).
  plugins: [react(), ...(process.env.VITEST ? [] : [coursePlugin()])],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of quizzes; a loaded CI machine must not fail them on time.
    testTimeout: 30_000,
  },
});
