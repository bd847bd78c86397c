// old.md's finding is in the committed baseline; only the new document's finding fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains('docs/new.md:3:19: [hard-to-engage]')
assert !log.contains('docs/old.md:3')
assert log.contains('1 in the baseline')
assert log.contains('BUILD FAILURE')
return true
