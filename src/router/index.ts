import { createRouter, createWebHashHistory, type Router, type RouterHistory } from 'vue-router'

// Loaded before the router adds its popstate listener, so overlays can take the back key first.
import '@/lib/backClose'
import { useServices } from '@/services'
import { installChunkRecovery } from './chunkRecovery'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the host's title bar through the bridge. */
    title: string
    /** Shown without boot (no token, no membership needed): the bridge self-test. */
    standalone?: boolean
    /** Shown while boot runs (its text needs no session); it waits for the session itself. */
    beforeBoot?: boolean
  }
}

/** Hash routes, so the bundle works under any path and from file://; tests pass memory history. */
export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'guide', component: () => import('@/screens/GuideScreen.vue'), meta: { title: '三级责任人填报', beforeBoot: true } },
      { path: '/form', name: 'form', component: () => import('@/screens/FormScreen.vue'), meta: { title: '填报信息' } },
      { path: '/form/list/:list', name: 'list', component: () => import('@/screens/ListScreen.vue'), meta: { title: '填报信息' } },
      { path: '/confirm', name: 'confirm', component: () => import('@/screens/ConfirmScreen.vue'), meta: { title: '确认信息' } },
      { path: '/done', name: 'done', component: () => import('@/screens/DoneScreen.vue'), meta: { title: '提交成功' } },
      { path: '/selftest', name: 'selftest', component: () => import('@/screens/SelfTestScreen.vue'), meta: { title: '桥接自检', standalone: true } },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
    scrollBehavior: (to, from, saved) => saved ?? { top: 0 },
  })
  installChunkRecovery(router)

  router.afterEach((to) => {
    document.title = to.meta.title
    useServices().bridge.setTitle(to.meta.title).catch(() => {
      // A host without a title bar is not an error the filer can act on.
    })
  })

  return router
}
