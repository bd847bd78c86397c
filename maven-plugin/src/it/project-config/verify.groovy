def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] docs/notes.md:4:8: [complex-needs]')
assert log.contains('[INFO] docs/notes.md:3:58: [challenging-behaviour]')
assert !log.contains('[service-user]')
return true
