// The old-Jackson adopter's mvn test failed on its bug, with the kit's whole failure text (clause, numbers with
// their tolerances, diagnosis, the smallest failing problem written as JSON), never on a Jackson linkage error:
// its own jackson-databind is the only Jackson on its test classpath.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
['NoSuchFieldError', 'NoSuchMethodError', 'Could not initialize class', 'NoClassDefFoundError'].each { linkage ->
    assert !log.contains(linkage) : "a linkage error in build.log: ${linkage}"
}
assert (log =~ /required_\S+ failed \(clause [A-Z0-9-]+\): numbers differ from the reference/).find() : "no failure text"
assert log.contains('numbers outside their tolerance') && log.contains('(CMP-TOLERANCE)') : "no numbers"
assert log.contains('reproduced by model `residual-sign-flipped`') : "no diagnosis"
assert log.contains('smallest problem that fails the same way') && log.contains('"layers"') : "no shrunk problem as JSON"
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.oldjackson.WrongSignConformanceTest.xml')
def suite = new groovy.xml.XmlSlurper().parse(report)
def classpath = suite.properties.property.find { it.@name.text() == 'java.class.path' }.@value.text()
def jacksons = classpath.split(File.pathSeparator).collect { new File(it).name }.findAll { it.startsWith('jackson-') }
assert jacksons.contains("jackson-databind-${jacksonAdopter}.jar".toString()) : "not the adopter's Jackson: ${jacksons}"
assert jacksons.every { it.contains(jacksonAdopter) } : "another Jackson came in: ${jacksons}"
println "adopter-old-jackson: failed on its bug with the full text, next to jackson-databind ${jacksonAdopter}"
return true
