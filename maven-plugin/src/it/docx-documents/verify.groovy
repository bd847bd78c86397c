// A Word document is read through Tika: findings name the file, line and column of the extracted text.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] letters/warning-letter.docx:4:10: [failed-to-engage] Blame: "failed to engage"')
assert log.contains('[WARNING] letters/warning-letter.docx:12:42: [evicted]')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/strengths-lint')
assert new File(reports, 'strengths-lint.checkstyle.xml').isFile()
assert !new File(reports, 'strengths-lint.html').exists()
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'strengths-lint.json'))
assert json.files[0].path == 'letters/warning-letter.docx'
assert json.files[0].format == 'docx'
assert json.files[0].findings.size() == 8
assert json.files[0].findings.every { it.paragraph != null }
return true
