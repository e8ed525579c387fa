// The DHIS2 section of docs/indicators.md (written by indicator-docs.ts).

export const DHIS2_DOC = `## DHIS2

NCDA's national DHIS2 receives each district's (or sector's) month of
aggregates through a mapping an administrator keeps (\`PUT /api/v1/dhis2/mapping\`,
migrations/0050_dhis2.sql):

- the data set (\`dataSet\` uid);
- for each value sent: an indicator, optionally one row of one of its
  disaggregations (\`sex\` = \`female\`, \`tier\` = \`1\`…; not \`place\` or \`month\`,
  which are the organisation unit and the period), and which part of it
  (\`numerator\`: the count, or a percentage's numerator; \`denominator\`; or
  \`value\`: the computed percentage or mean), to a data element and a
  category option combo. A percentage is best sent as its numerator and
  denominator, and divided by a DHIS2 indicator, so DHIS2 can add districts up;
- each district or sector to an organisation unit.

Every uid is checked (11 characters, a letter then letters and digits); two
figures never share one DHIS2 cell (data element and category option combo).
A mapping is replaced whole, in one transaction.

The month is served as a \`dataValueSets\` JSON payload
(\`GET /api/v1/dhis2/data-value-sets?place=12&period=2026-11\`: \`dataSet\`, \`period\`
as \`yyyyMM\`, \`orgUnit\`, \`dataValues[{dataElement, categoryOptionCombo, value}]\`)
and as ADX XML (\`GET /api/v1/dhis2/adx\`, namespace \`urn:ihe:qrph:adx:2015\`,
one \`group\` with \`orgUnit\`, \`dataSet\` and \`period="2026-11-01/P1M"\`, each
\`dataValue\` with \`dataElement\`, \`categoryOptionCombo\` and \`value\`). Nothing is
guessed: an unmapped place gives no payload; unmapped indicators, figures not
held at the place's level (an overdue deadline knows its district only) and
percentages without a base this month are left out and listed in \`leftOut\`
(for ADX, in the \`x-rinda-left-out\` header). A row of a disaggregation that
nobody fell in this month is a true 0.

**Small numbers are not suppressed in DHIS2 payloads.** DHIS2 is NCDA's own
aggregate reporting system; the ministry sends national DHIS2 its true counts,
and DHIS2's own sharing settings govern who reads them. A suppressed "<5" cannot
be sent as a number, and a 0 or a blank in its place would be false and would
make district sums wrong. So the payloads are read only by NCDA officers and
administrators (\`dhis2:read\`), who are entitled to the national figures; the
dashboards and their CSV/XLSX exports keep suppressing small numbers for the
readers they suppress for. The payloads carry counts only, never a child.

An administrator pushes a month (\`POST /api/v1/dhis2/pushes\`) to the server set by
\`RINDA_DHIS2_URL\` (with \`RINDA_DHIS2_TOKEN\`, or \`RINDA_DHIS2_USERNAME\` and
\`RINDA_DHIS2_PASSWORD\`) as \`POST {url}/api/dataValueSets\`. A try that gets no
answer, or a 5xx, is tried again after \`RINDA_DHIS2_RETRY_MS\`, doubled each time,
up to \`RINDA_DHIS2_MAX_ATTEMPTS\` tries; a 2xx or 4xx is DHIS2's answer (a 409
carries the import summary and its conflicts) and is not retried. Every push is
kept (\`dhis2_pushes\`, listed by \`GET /api/v1/dhis2/pushes\`): what was sent, the
tries, the HTTP status, and the import summary that came back (\`status\`,
\`importCount{imported, updated, ignored, deleted}\`, \`conflicts\`), or \`FAILED\` with
the error when none came. DHIS2 overwrites a cell sent again, so a month can be
pushed again after a correction.
`;
