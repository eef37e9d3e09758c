/**
 * The {@code statecraft} command line: {@code demo}, {@code validate} and {@code schema}. Run it
 * with {@code java -jar statecraft.jar}; see {@link org.statecraft.cli.StatecraftCommand}.
 */
module org.statecraft.cli {
  requires org.statecraft.core;
  requires org.statecraft.examples;
  requires org.statecraft.jackson;
  requires info.picocli;
  requires static org.jspecify;

  exports org.statecraft.cli;
  opens org.statecraft.cli to info.picocli;
}
