def log = new File(basedir, 'build.log').text
assert log.contains('strengths-lint: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/strengths-lint').exists()
return true
