// Each module of the reactor checks its own documents and writes its own reports.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] docs/access.txt:3:19: [rough-sleeper]')
assert log.contains('[WARNING] docs/access.txt:3:50: [complex-needs]')
assert new File(basedir, 'letters/target/strengths-lint/strengths-lint.json').isFile()
assert new File(basedir, 'policies/target/strengths-lint/strengths-lint.html').isFile()
def letters = new groovy.json.JsonSlurper().parse(new File(basedir, 'letters/target/strengths-lint/strengths-lint.json'))
assert letters.files*.path == ['docs/thanks.md']
assert letters.files[0].findings.isEmpty()
assert log =~ /letters .*SUCCESS/
assert log =~ /policies .*FAILURE/
return true
