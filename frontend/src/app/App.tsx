import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Loading } from "../components/ui/States";
import { LoginPage } from "../features/auth/LoginPage";
import { RequireAuth } from "../features/auth/RequireAuth";
import { Layout } from "./Layout";
import { NotFound } from "./NotFound";
import { createQueryClient } from "./queryClient";

// Screens load on first visit; the graph explorer (sigma + WebGL) is the heaviest.
const DashboardPage = lazy(() => import("../features/dashboard/DashboardPage"));
const BloggersPage = lazy(() => import("../features/bloggers/BloggersPage"));
const BloggerCardPage = lazy(() => import("../features/blogger-card/BloggerCardPage"));
const GraphPage = lazy(() => import("../features/graph/GraphPage"));
const RankingsPage = lazy(() => import("../features/rankings/RankingsPage"));
const CampaignsPage = lazy(() => import("../features/campaigns/CampaignsPage"));
const ImportPage = lazy(() => import("../features/import/ImportPage"));
const CoordinationPage = lazy(() => import("../features/coordination/CoordinationPage"));
const AlertsPage = lazy(() => import("../features/alerts/AlertsPage"));
const IncidentsPage = lazy(() => import("../features/incidents/IncidentsPage"));
const IncidentPage = lazy(() => import("../features/incidents/IncidentPage"));
const FeedPage = lazy(() => import("../features/feed/FeedPage"));
const TopicsPage = lazy(() => import("../features/topics/TopicsPage"));
const TrendsPage = lazy(() => import("../features/trends/TrendsPage"));
const TasksPage = lazy(() => import("../features/tasks/TasksPage"));

function page(element: React.ReactNode) {
  return <Suspense fallback={<Loading />}>{element}</Suspense>;
}

const routes = [
  { path: "/login", element: <LoginPage /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: page(<DashboardPage />) },
      { path: "bloggers", element: page(<BloggersPage />) },
      { path: "bloggers/:id", element: page(<BloggerCardPage />) },
      { path: "tasks", element: page(<TasksPage />) },
      { path: "graph", element: page(<GraphPage />) },
      { path: "rankings", element: page(<RankingsPage />) },
      { path: "coordination", element: page(<CoordinationPage />) },
      { path: "campaigns", element: page(<CampaignsPage />) },
      { path: "campaigns/:id", element: page(<CampaignsPage />) },
      { path: "import", element: page(<ImportPage />) },
      { path: "alerts", element: page(<AlertsPage />) },
      { path: "incidents", element: page(<IncidentsPage />) },
      { path: "incidents/:id", element: page(<IncidentPage />) },
      { path: "feed", element: page(<FeedPage />) },
      { path: "topics", element: page(<TopicsPage />) },
      { path: "trends", element: page(<TrendsPage />) },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
