if (!process.env.MONGODB_URI) {
  console.error(
    'npm run test:mongo needs MONGODB_URI, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/?replicaSet=rs0 ' +
      '(docker compose up -d mongo). Add MONGODB_COMPAT=ferretdb when it points at FerretDB.',
  )
  process.exit(1)
}
