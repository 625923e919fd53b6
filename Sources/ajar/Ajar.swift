import AjarCLI

@main
enum Main {
    static func main() async {
        await AjarCommand.main()
    }
}
