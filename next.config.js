/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The add-sources form uploads one file per request; lib/ingest/settings.ts caps a file at 20 MB.
    serverActions: { bodySizeLimit: '21mb' },
  },
};

export default nextConfig;
