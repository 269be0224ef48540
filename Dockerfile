# syntax=docker/dockerfile:1
# Multi-stage build of the CMS: dependencies, `next build` (standalone output), slim runtime.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 medreview \
 && useradd --system --uid 1001 --gid medreview --home /app medreview
COPY --from=build --chown=medreview:medreview /app/.next/standalone ./
COPY --from=build --chown=medreview:medreview /app/.next/static ./.next/static
# The same server as `npm start`: delivery answered on node:http, the rest by Next (server.mjs).
COPY --from=build --chown=medreview:medreview /app/server.mjs ./server.mjs
USER medreview
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server.mjs"]
