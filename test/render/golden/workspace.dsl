workspace "Notes 'Pro'" "Shared notes for a small team." {
    model {
        p_writer = person "Writer" "Writes and shares notes."
        x_mailer = softwareSystem "Mailer" "Sends share invitations." {
            tags "External"
        }
        s_notes = softwareSystem "Notes 'Pro'" "Shared notes for a small team." {
            c_web = container "Web app" "Single-page app." "React 19"
            c_api = container "API" "REST API." "TypeScript 5" {
                k_api_notes_router = component "Notes router" "HTTP routes for notes." "router"
                k_api_notes_repository = component "Notes repository" "Stores notes." "repository"
            }
            c_database = container "Database" "Notes and users." "PostgreSQL 16" "Datastore"
        }
        p_writer -> c_web "Writes notes" "HTTPS"
        c_web -> c_api "Calls" "JSON/HTTPS"
        c_api -> c_database "Reads and writes" "SQL"
        c_api -> x_mailer "Sends invitations" "SMTP" "Async"
        k_api_notes_router -> k_api_notes_repository "Uses" "in-process"
        deploymentEnvironment "Single server" {
            deploymentNode "VPS" "" "Ubuntu 24.04" "" "1" {
                deploymentNode "Docker Compose" "" "Docker" "" "1" {
                    containerInstance c_web
                    containerInstance c_api
                    containerInstance c_database
                }
            }
        }
    }
    views {
        systemContext s_notes "context" {
            include *
            autoLayout lr
        }
        container s_notes "containers" {
            include *
            autoLayout
        }
        component c_api "components-api" {
            include *
            autoLayout
        }
        deployment s_notes "Single server" "deployment-single-server" {
            include *
            autoLayout
        }
        styles {
            element "Person" {
                shape Person
            }
            element "Datastore" {
                shape Cylinder
            }
            element "External" {
                background #999999
            }
            relationship "Async" {
                dashed true
            }
        }
    }
}
