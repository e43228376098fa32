# One build, two runtime images: `app` (API and worker) and `web` (the PWA behind nginx).
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY migrations/package.json migrations/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY shared shared
COPY migrations migrations
COPY server server
COPY client client
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
# printed forms embed a subset of Noto Sans CJK
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules node_modules
COPY --from=build /src/shared/package.json shared/
COPY --from=build /src/shared/dist shared/dist
COPY --from=build /src/migrations/package.json migrations/
COPY --from=build /src/migrations/dist migrations/dist
COPY --from=build /src/server/package.json server/
COPY --from=build /src/server/dist server/dist
USER node
EXPOSE 4000
CMD ["node", "server/dist/main.js"]

FROM nginx:1.27-alpine AS web
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.conf /etc/nginx/security-headers.conf
COPY deploy/api-proxy.conf /etc/nginx/api-proxy.conf
COPY --from=build /src/client/dist /usr/share/nginx/html
