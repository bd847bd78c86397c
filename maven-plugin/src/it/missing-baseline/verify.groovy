// A new repository names a baseline it has not written yet: the message says how to write it in Maven.
def log = new File(basedir, 'build.log').text
assert log.contains('strengths-lint-baseline.json: baseline file not found (create it with mvn verify -Dstrengths-lint.writeBaseline=strengths-lint-baseline.json)')
assert log.contains('BUILD FAILURE')
return true
