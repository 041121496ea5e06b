package no.kommunefakta.rent;

/**
 * Prints the answers of the worked examples (not a test): what docs/internal-rent-howto.md shows under
 * {@code <!-- response: name -->}; RentHowtoTest checks them against the real HTTP answers. Run from the root:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl functions/kostra test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=no.kommunefakta.rent.HowtoAnswers -Dexec.args=kommune-2024
 * </pre>
 */
public final class HowtoAnswers {
    private HowtoAnswers() {
    }

    public static void main(String[] args) throws Exception {
        for (String name : args) {
            System.out.println(Examples.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    RentAllocator.standard().allocate(Examples.read(name + ".json"))));
        }
    }
}
