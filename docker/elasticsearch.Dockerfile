# The official Elasticsearch 8.19 image with Crossforce's analysis plugin, which the Maven build
# writes to target/classes/elasticsearch/. The build context is the repository root.
FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21
COPY target/classes/elasticsearch/crossforce-analysis-8.19.21.zip /tmp/crossforce-analysis.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/crossforce-analysis.zip
