// The positional adopter's mvn test, on the oldest JUnit the kit supports, ended in success: the cases outside its
// declarations (or refused by its UnsupportedProblemException) were skipped with the reason, never posed, failed
// or passed; the rest passed.
def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.positional.PositionalConformanceTest.xml')
assert report.isFile() : "surefire wrote no report for PositionalConformanceTest"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
int skipped = suite.@skipped.toInteger()
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "conformance tests failed, see build.log"
assert tests - skipped > 0 : "no conformance test passed"
def reasons = suite.testcase.skipped.collect { it.text() }
['on a hidden layer', 'declares depths 2 to 3', 'does not combine the output activation softmax with the loss mse',
 'batches of more than 16 examples'].each { reason ->
    assert reasons.any { it.contains(reason) } : "no case skipped because it ${reason}: ${reasons}"
}
def classpath = suite.properties.property.find { it.@name.text() == 'java.class.path' }.@value.text()
assert classpath.contains("junit-jupiter-api-${junitOldest}.jar") : "not on the oldest JUnit ${junitOldest}"
assert log.contains('BUILD SUCCESS')
println "adopter-positional: ${tests - skipped} passed, ${skipped} skipped with the reason (JUnit ${junitOldest})"
return true
