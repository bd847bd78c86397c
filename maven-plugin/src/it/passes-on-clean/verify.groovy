def log = new File(basedir, 'build.log').text
assert log.contains('strengths-lint: 1 file checked')
assert log.contains('no findings')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/strengths-lint/strengths-lint.json'))
assert json.summary.files == 1
assert json.files[0].findings.isEmpty()
return true
