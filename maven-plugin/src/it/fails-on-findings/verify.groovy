// The build fails, names each finding with its relative path, line and column, and still writes every report.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] docs/warning-letter.md:5:10: [failed-to-engage] Blame: "failed to engage" (instead: ')
assert log.contains('[WARNING] docs/warning-letter.md:5:73: [challenging-behaviour] Blame: "challenging behaviour"')
assert log.contains('[WARNING] docs/warning-letter.md:6:25: [final-warning]')
assert !log.contains('bars on the window')
assert log.contains('BUILD FAILURE')
assert log.contains('at or above \'warning\'; see ')
assert log.contains('strengths-lint.html')
def reports = new File(basedir, 'target/strengths-lint')
['strengths-lint.sarif', 'strengths-lint.json', 'strengths-lint.html'].each {
    assert new File(reports, it).isFile() : "missing report ${it}"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'strengths-lint.json'))
assert json.files*.path == ['docs/warning-letter.md']
assert json.summary.findings.warning == 3
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'strengths-lint.sarif'))
assert sarif.runs[0].results.size() == 3
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'docs/warning-letter.md'
return true
