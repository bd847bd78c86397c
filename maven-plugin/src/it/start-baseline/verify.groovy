// Writing the baseline records the finding and passes; the file is the one the pom then reads.
def baseline = new File(basedir, 'strengths-lint-baseline.json')
assert baseline.isFile()
def json = new groovy.json.JsonSlurper().parse(baseline)
assert json.version == 2
assert json.findings.size() == 1
assert json.findings[0].rule == 'complex-needs'
assert json.findings[0].path == 'docs/old.md'
def log = new File(basedir, 'build.log').text
assert log.contains('wrote the baseline')
assert log.contains('BUILD SUCCESS')
return true
