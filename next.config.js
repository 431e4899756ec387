/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The add-sources form uploads one file per request; lib/ingest/settings.ts caps a file at 20 MB.
    serverActions: { bodySizeLimit: '21mb' },
  },
  // Every view's data twin, as datasette names them: /index.csv, /metrics/SLUG.json, /sources/ID.csv.
  // Checked before dynamic routes, so /metrics/[slug] never sees "SLUG.csv" as a slug.
  async rewrites() {
    return [
      { source: '/index.:format(csv|json)', destination: '/data/:format' },
      { source: '/metrics/:slug.:format(csv|json)', destination: '/metrics/:slug/data/:format' },
      { source: '/sources/:id(\\d+).:format(csv|json)', destination: '/sources/:id/data/:format' },
    ];
  },
  // On every response, static files included; the Content-Security-Policy with its nonce comes from proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      // Only the embeddable chart may sit in another site's frame (proxy.ts sets its frame-ancestors).
      { source: '/:path((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};

export default nextConfig;
