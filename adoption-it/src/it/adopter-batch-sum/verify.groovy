// The batch-sum adopter's mvn test failed on clause BP-BATCH, and the message names the bug.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert (log =~ /Tests run: \d+, Failures: [1-9]\d*/).find() : "no failed test in build.log"
assert (log =~ /required_BP-BATCH_\S+ failed \(clause BP-BATCH\)/).find() : "no BP-BATCH failure in build.log"
assert log.contains('the batch sum instead of the mean') : "no diagnosis in build.log"
// Under surefire's default reporters, on the console and in the XML report, each case has its own name.
assert (log =~ /BatchSumConformanceTest\.required_BP-BATCH_vector-identity-mse-batch3 -- Time elapsed/).find() : "console"
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.batchsum.BatchSumConformanceTest.xml')
def failed = new groovy.xml.XmlSlurper().parse(report).testcase.findAll { it.failure.size() > 0 }.collect { it.@name.text() }
assert failed.contains('required_BP-BATCH_vector-identity-mse-batch3') : "XML report names: ${failed}"
println "adopter-batch-sum: failed on BP-BATCH with the diagnosis, as it must"
return true
