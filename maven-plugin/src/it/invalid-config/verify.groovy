def log = new File(basedir, 'build.log').text
assert log.contains("strengths-lint: ${new File(basedir, '.strengths-lint.yml').canonicalPath}:2: unknown key 'colour' in the configuration")
assert log.contains('BUILD FAILURE')
return true
