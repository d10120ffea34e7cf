from ainews_cli.cli import main

main()
