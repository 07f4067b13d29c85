// The batch-sum adopter's mvn test failed on clause BP-BATCH, and the message names the bug.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert (log =~ /Tests run: \d+, Failures: [1-9]\d*/).find() : "no failed test in build.log"
assert (log =~ /required_BP-BATCH_\S+ failed \(clause BP-BATCH\)/).find() : "no BP-BATCH failure in build.log"
assert log.contains('the batch sum instead of the mean') : "no diagnosis in build.log"
println "adopter-batch-sum: failed on BP-BATCH with the diagnosis, as it must"
return true
