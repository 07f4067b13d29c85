// The adopter's mvn test ran the conformance suite, and every test that ran passed.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.tinynet.TinyNetConformanceTest.xml')
assert report.isFile() : "surefire wrote no report for TinyNetConformanceTest"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
int skipped = suite.@skipped.toInteger()
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "conformance tests failed, see build.log"
assert tests - skipped > 0 : "no conformance test passed: ${tests} run, ${skipped} skipped"
// Surefire names a dynamic test after its factory method: each of the suite's groups must have run.
def names = suite.testcase.collect { it.@name.text() }
['required_specVectors', 'required_generatedProblems', 'required_implementationContract'].each { group ->
    assert names.any { it.startsWith(group + '()') } : "no test of ${group} ran: ${names}"
}
assert log.contains("Tests run: ${tests}, Failures: 0, Errors: 0, Skipped: ${skipped}") : "surefire's summary"
assert log.contains('BUILD SUCCESS')
println "adopter: ${tests - skipped} conformance tests passed, ${skipped} skipped (tanh, identity and mse only)"
return true
