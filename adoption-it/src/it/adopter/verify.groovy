// The adopter's mvn test ran the conformance suite on the newest JUnit: every required test that ran passed, each
// case is named LEVEL_CLAUSE_CASE in surefire's XML report, TinyNet's relu'(0) = 1 left the optional kink test
// skipped with its convention (never failed), and neither an older JUnit nor any Jackson came in with the kit.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.tinynet.TinyNetConformanceTest.xml')
assert report.isFile() : "surefire wrote no report for TinyNetConformanceTest"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
int skipped = suite.@skipped.toInteger()
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "conformance tests failed, see build.log"
assert tests - skipped > 0 : "no conformance test passed: ${tests} run, ${skipped} skipped"

def names = suite.testcase.collect { it.@name.text() }
def unnamed = names.findAll { !(it ==~ /(required|optional)_[A-Z][A-Z0-9-]*_[a-z].*/) }
assert unnamed.isEmpty() : "not named LEVEL_CLAUSE_CASE in the XML report: ${unnamed}"
// The suite's four groups: spec vectors, generated problems, the adapter's contract, the kink convention.
['required_ACT-TANH_vector-', 'required_BP2_mixed_seed=', 'required_KIT-DETERMINISTIC_', 'optional_ACT-KINK_'].each { prefix ->
    assert names.any { it.startsWith(prefix) } : "no test named ${prefix}…: ${names}"
}

def kink = suite.testcase.find { it.@name.text() == 'optional_ACT-KINK_relu-probe-at-0' }
assert kink.skipped.size() == 1 : "optional_ACT-KINK_relu-probe-at-0 was not skipped"
assert kink.skipped.text().contains("the library takes relu'(0.0) = 1.0") : "no convention in the report"

def classpath = suite.properties.property.find { it.@name.text() == 'java.class.path' }.@value.text()
assert classpath.contains("junit-jupiter-api-${junitNewest}.jar") : "not on the newest JUnit ${junitNewest}"
assert !classpath.contains('jackson') : "Jackson on the adopter's test classpath: ${classpath}"
assert log.contains("Tests run: ${tests}, Failures: 0, Errors: 0, Skipped: ${skipped}") : "surefire's summary"
assert log.contains('BUILD SUCCESS')
println "adopter: ${tests - skipped} conformance tests passed, ${skipped} skipped (relu'(0) = 1 and undeclared capabilities)"
return true
