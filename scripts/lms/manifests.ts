/**
 * The files an LMS reads to import the course: `cmi5.xml` (cmi5 course structure) and
 * `imsmanifest.xml` (SCORM 2004 4th edition, SCORM 1.2). Pure: titles and addresses in, XML
 * text out. Each is checked against its official schema (schemas/lms/, manifests.test.ts).
 */

export interface PackageInfo {
  /** The course's activity IRI (the same as the xAPI export's course activity). */
  courseIri: string;
  /** The course id, for identifiers that must be XML ids. */
  courseId: string;
  title: { fr: string; en: string };
  description: { fr: string; en: string };
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package, relative to its root (SCORM lists them in the resource). */
  files: readonly string[];
  /** The pass mark of the final assessment, 0..1. */
  masteryScore: number;
  /** The build, written into the manifests' version. */
  version: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML id (NCName) from the course id. */
const xmlId = (text: string) => text.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?![A-Za-z_])/, 'c_');

const langstrings = (text: { fr: string; en: string }, indent: string) =>
  [`${indent}<langstring lang="fr">${escapeXml(text.fr)}</langstring>`, `${indent}<langstring lang="en">${escapeXml(text.en)}</langstring>`].join('\n');

/**
 * The cmi5 course structure: the course as one AU that moves on when completed and passed
 * (every lesson read and every knowledge check taken; the final assessment at the mastery score).
 */
export function cmi5CourseStructure(info: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(info.courseIri)}">
    <title>
${langstrings(info.title, '      ')}
    </title>
    <description>
${langstrings(info.description, '      ')}
    </description>
  </course>
  <au id="${escapeXml(`${info.courseIri}/au`)}" moveOn="CompletedAndPassed" masteryScore="${info.masteryScore}" launchMethod="AnyWindow">
    <title>
${langstrings(info.title, '      ')}
    </title>
    <description>
${langstrings(info.description, '      ')}
    </description>
    <url>${escapeXml(info.launch)}</url>
  </au>
</courseStructure>
`;
}

/** Both languages in one title: an LMS shows the manifest's title as it is. */
const bilingual = (text: { fr: string; en: string }) => `${text.fr} / ${text.en}`;

/** IMS metadata (LOM) language strings, for 2004's inline metadata. */
const lomStrings = (text: { fr: string; en: string }, indent: string) =>
  [`${indent}<string language="fr">${escapeXml(text.fr)}</string>`, `${indent}<string language="en">${escapeXml(text.en)}</string>`].join('\n');

const fileList = (files: readonly string[], indent: string) => files.map((file) => `${indent}<file href="${escapeXml(file)}"/>`).join('\n');

/** SCORM 2004 4th edition: one SCO, the whole course; completion and success are the SCO's. */
export function scorm2004Manifest(info: PackageInfo): string {
  const id = xmlId(info.courseId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(info.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>
${lomStrings(info.title, '          ')}
        </title>
        <language>fr</language>
        <language>en</language>
        <description>
${lomStrings(info.description, '          ')}
        </description>
      </general>
    </lom>
  </metadata>
  <organizations default="${id}_org">
    <organization identifier="${id}_org">
      <title>${escapeXml(bilingual(info.title))}</title>
      <item identifier="${id}_item" identifierref="${id}_sco">
        <title>${escapeXml(bilingual(info.title))}</title>
        <imsss:sequencing>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}_sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(info.launch)}">
${fileList(info.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 1.2: one SCO, mastery score in percent; the title names both languages. */
export function scorm12Manifest(info: PackageInfo): string {
  const id = xmlId(info.courseId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(info.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="fr">${escapeXml(info.title.fr)}</imsmd:langstring>
          <imsmd:langstring xml:lang="en">${escapeXml(info.title.en)}</imsmd:langstring>
        </imsmd:title>
        <imsmd:language>fr</imsmd:language>
        <imsmd:description>
          <imsmd:langstring xml:lang="fr">${escapeXml(info.description.fr)}</imsmd:langstring>
          <imsmd:langstring xml:lang="en">${escapeXml(info.description.en)}</imsmd:langstring>
        </imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}_org">
    <organization identifier="${id}_org">
      <title>${escapeXml(bilingual(info.title))}</title>
      <item identifier="${id}_item" identifierref="${id}_sco">
        <title>${escapeXml(bilingual(info.title))}</title>
        <adlcp:masteryscore>${Math.round(info.masteryScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}_sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(info.launch)}">
${fileList(info.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
